package org.newsgraph.eval;

import java.util.List;

/** A real person named in the article: canonical full name and the titles used for them. */
public record GoldPerson(String name, List<String> titles) {
    public GoldPerson { titles = titles == null ? List.of() : List.copyOf(titles); }
}
