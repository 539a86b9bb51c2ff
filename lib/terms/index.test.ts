import { describe, expect, it } from "vitest";
import { compilePattern, expandEntries, findPattern, prepareText } from "./index";
import { termGroups } from "./catalog";

const find = (entry: string, text: string) => findPattern(compilePattern(entry), prepareText(text));

describe("term patterns", () => {
  it("match whole words, ignoring case and accents", () => {
    expect(find("Zaporozi", "Cherson a Záporoží budou „zmrazeny“")).toBe("Záporoží");
    expect(find("NATO", "Die Nato verpflichtet sich")).toBe("Nato");
    expect(find("NATO", "a NATOish word")).toBeNull();
  });

  it("match a prefix with a trailing star, and phrases word by word", () => {
    expect(find("amnest*", "saņems pilnīgu amnestiju par savu rīcību")).toBe("amnestiju");
    expect(find("line of contact", "will be frozen along the line of contact, which")).toBe("line of contact");
    expect(find("line of contact", "the line, of which contact")).toBeNull();
  });

  it("compare numbers by value, whatever the separators", () => {
    for (const printed of ["600,000", "600.000", "600 000", "600000"]) expect(find("600000", `limited to ${printed} personnel`)).toBe(printed);
    expect(find("600000", "$600 billion")).toBeNull();
  });

  it("see the parts of hyphenated words", () => {
    expect(find("Dnipro", "die Nutzung des Dnipro-Flusses für kommerzielle Aktivitäten")).toBe("Dnipro");
    expect(find("non-aggression", "a global non-aggression pact")).toBe("non-aggression");
  });

  it("find spaceless scripts anywhere, keeping kana voicing marks apart", () => {
    expect(find("恩赦", "戦争中の行動について完全な恩赦を受け")).toBe("恩赦");
    expect(find("ザポリージャ", "サポリージャ")).toBeNull();
  });

  it("expand @groups from terms.yaml and refuse unknown ones", () => {
    const patterns = expandEntries(["@zaporizhzhia"], termGroups());
    const text = prepareText("Das Kernkraftwerk Saporischschja wird unter der Aufsicht der IAEA");
    expect(patterns.some((p) => findPattern(p, text) === "Saporischschja")).toBe(true);
    expect(() => expandEntries(["@no-such-group"], termGroups())).toThrow(/unknown term group/);
  });
});
