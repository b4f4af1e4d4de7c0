package org.newsgraph.eval.polnear;

import java.util.List;

/** The attributions of one PolNeAR article; {@code id} is its text file name without ".txt". */
public record PolnearArticle(String id, List<PolnearAttribution> attributions) {
    public PolnearArticle {
        attributions = List.copyOf(attributions);
    }
}
