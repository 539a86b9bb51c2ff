import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("tells the renditions' languages apart from their text", () => {
    expect(detectLanguage("1. Ukraine’s sovereignty will be confirmed. 2. A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe.")).toBe("en");
    expect(detectLanguage("1. Die Souveränität der Ukraine wird bestätigt. 2. Zwischen Rußland, der Ukraine und Europa wird ein umfassendes Nichtangriffsabkommen geschlossen.")).toBe("de");
    expect(detectLanguage("19. Záporožská jaderná elektrárna bude znovu uvedena do provozu pod dohledem MAAE a vyrobená elektřina bude rozdělena mezi Rusko a Ukrajinu.")).toBe("cs");
    expect(detectLanguage("22. ロシア連邦とウクライナは、将来の領土問題について合意した後、これらの合意を武力によって変更しないことを約束する。")).toBe("ja");
    expect(detectLanguage("Зеленский раскрыл 16-й пункт мирного плана, который предусматривает морское соглашение")).toBe("ru");
  });

  it("defaults to English when there is nothing to go on", () => {
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("1. NATO 2. 600,000")).toBe("en");
  });
});
