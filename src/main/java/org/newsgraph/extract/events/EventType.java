package org.newsgraph.extract.events;

import java.util.List;
import java.util.Set;

/**
 * One event type of the catalogue (ontology/event-types.ttl), as plain data.
 *
 * @param name             local name of the class ("IntelligenceSharingSuspension")
 * @param label            rdfs:label ("intelligence sharing suspension")
 * @param comment          rdfs:comment
 * @param triggers         trigger words; multi-word triggers are space separated ("cut off")
 * @param weakTriggers     triggers that need a participant, place or date attached
 * @param nominalTriggers  triggers that name an event only as nouns ("strike", "attack", "ruling")
 * @param requiredArguments the type applies only when an argument contains one of these; empty = no requirement
 * @param excludedArguments the type does not apply when an argument or modifier is one of these
 * @param reciprocal       verbal triggers need a partner
 * @param weakNeedsPerson  weak triggers need a person among the participants
 * @param weakNeedsPlace   weak triggers need a place too ("the Oval Office argument he had with X": a
 *                         row at a place between people is an in-person encounter; without a place it
 *                         may be by phone, in print, or a figure of speech)
 * @param priority         higher wins when one phrase fits several types
 * @param nameTemplates    naming alternatives in order of preference
 */
public record EventType(String name, String label, String comment, List<String> triggers, List<String> weakTriggers,
                        List<String> nominalTriggers, Set<String> requiredArguments, Set<String> excludedArguments, boolean reciprocal,
                        boolean weakNeedsPerson, boolean weakNeedsPlace, int priority, List<String> nameTemplates) {
    public EventType {
        triggers = List.copyOf(triggers);
        weakTriggers = List.copyOf(weakTriggers);
        nominalTriggers = List.copyOf(nominalTriggers);
        requiredArguments = Set.copyOf(requiredArguments);
        excludedArguments = Set.copyOf(excludedArguments);
        nameTemplates = List.copyOf(nameTemplates);
    }

    public boolean requiresArguments() { return !requiredArguments.isEmpty(); }

    public boolean hasTrigger(String t) {
        return triggers.contains(t) || weakTriggers.contains(t) || nominalTriggers.contains(t);
    }

    /** Whether the word names an event of this type only as a noun. */
    public boolean nominalOnly(String t) { return nominalTriggers.contains(t) && !triggers.contains(t) && !weakTriggers.contains(t); }
}
