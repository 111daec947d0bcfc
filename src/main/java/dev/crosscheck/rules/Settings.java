package dev.crosscheck.rules;

import java.util.List;

/** The tunable parameters of rules/settings.yaml, by stage. */
public record Settings(IngestSettings ingest, AlignSettings align, GroupSettings group) {
  static final String FILE = "settings.yaml";

  public static Settings load(RulesSource source) {
    String name = source.display(FILE);
    String content = source.read(FILE).orElseThrow(() -> new RuleFileException(name, 0, "missing settings file"));
    YamlDocument doc = YamlDocument.parse(name, content);
    doc.requireKeys("", "section", List.of("ingest", "align", "group"));
    return new Settings(IngestSettings.from(new SettingsReader(doc, "ingest")),
        AlignSettings.from(new SettingsReader(doc, "align")),
        GroupSettings.from(new SettingsReader(doc, "group")));
  }
}
