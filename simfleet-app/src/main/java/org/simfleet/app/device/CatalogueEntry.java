package org.simfleet.app.device;

import java.util.List;

/** A catalogue entry: what the API shows of it, the checks of its parameters and how it renders its commands. */
record CatalogueEntry(DeviceModel model, List<ParameterRule> rules, CommandTemplate template) {

    CatalogueEntry {
        rules = List.copyOf(rules);
        List<String> ruleNames = rules.stream().map(ParameterRule::name).toList();
        List<String> listed =
                model.parameters().stream().map(ModelParameter::name).toList();
        if (!ruleNames.equals(listed)) {
            throw new IllegalArgumentException(model.id() + ": rules " + ruleNames + " differ from " + listed);
        }
    }

    /** Model names written as the vendor lists them, separated by ", ". */
    static List<String> names(String commaSeparated) {
        return List.of(commaSeparated.split(", "));
    }

    static CatalogueEntry of(
            String id,
            String vendor,
            String name,
            DeviceKind kind,
            Channel channel,
            List<String> models,
            List<ParameterRule> rules,
            List<String> notes,
            CommandTemplate template) {
        DeviceModel model = new DeviceModel(
                id,
                vendor,
                name,
                kind,
                channel,
                models,
                rules.stream().map(ParameterRule::parameter).toList(),
                notes);
        return new CatalogueEntry(model, rules, template);
    }
}
