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
 * @param requiredArguments the type applies only when an argument contains one of these; empty = no requirement
 * @param excludedArguments the type does not apply when an argument or modifier is one of these
 * @param reciprocal       verbal triggers need a partner
 * @param weakNeedsPerson  weak triggers need a person among the participants
 * @param priority         higher wins when one phrase fits several types
 * @param nameTemplates    naming alternatives in order of preference
 */
public record EventType(String name, String label, String comment, List<String> triggers, List<String> weakTriggers,
                        Set<String> requiredArguments, Set<String> excludedArguments, boolean reciprocal,
                        boolean weakNeedsPerson, int priority, List<String> nameTemplates) {
    public EventType {
        triggers = List.copyOf(triggers);
        weakTriggers = List.copyOf(weakTriggers);
        requiredArguments = Set.copyOf(requiredArguments);
        excludedArguments = Set.copyOf(excludedArguments);
        nameTemplates = List.copyOf(nameTemplates);
    }

    public boolean requiresArguments() { return !requiredArguments.isEmpty(); }

    public boolean hasTrigger(String t) { return triggers.contains(t) || weakTriggers.contains(t); }
}
