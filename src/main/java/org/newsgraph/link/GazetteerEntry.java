package org.newsgraph.link;

import java.time.LocalDate;
import java.util.List;

/**
 * One Wikidata item a gazetteer knows, with what a news article may say about it.
 *
 * @param qid      Wikidata item id ("Q22686")
 * @param kind     person, organization, place or event
 * @param label    its English label
 * @param aliases  other names it goes by
 * @param holdings positions it held (people), with dates, party and area when the source gives them
 * @param source   the gazetteer it came from ("verified", "us-senate")
 */
public record GazetteerEntry(String qid, String kind, String label, List<String> aliases, List<Holding> holdings,
                             String source) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        holdings = List.copyOf(holdings);
    }

    /**
     * A position held (Wikidata P39 with its qualifiers, or an EveryPolitician term).
     *
     * @param position position or chamber label ("United States senator", "Senate"); "" when only party/area are known
     * @param start    first day, or null when unknown
     * @param end      last day, or null when open or unknown
     * @param party    party label ("Democrat"), or ""
     * @param area     constituency or place label ("Minnesota"), or ""
     */
    public record Holding(String position, LocalDate start, LocalDate end, String party, String area) {
        public Holding {
            position = position == null ? "" : position;
            party = party == null ? "" : party;
            area = area == null ? "" : area;
        }

        /** Held on {@code date}; a holding without dates counts as held at any date. */
        public boolean heldOn(LocalDate date) {
            if (date == null) return start == null && end == null;
            return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
        }
    }
}
