// The calendar's sentence for people a delegate may not see by name, from the real catalogs: each
// language's own plural forms (Russian one/few/many), the party named, nobody's name.
import { describe, expect, it } from "vitest";
import { calendarText } from "./labels";

describe("calendarText: people not listed", () => {
  it("counts them per party in every language", async () => {
    const en = (await calendarText("en")).labels.notListed;
    expect(en("speaker", 1, "Azerbaijan")).toBe("1 speaker from Azerbaijan who is not listed");
    expect(en("speaker", 2, "Azerbaijan")).toBe("2 speakers from Azerbaijan who are not listed");
    expect(en("moderator", 3, "Armenia")).toBe("3 moderators from Armenia who are not listed");
    const ru = (await calendarText("ru")).labels.notListed;
    expect(ru("speaker", 1, "Азербайджан")).toBe("1 выступающий со стороны «Азербайджан», чьё имя не указано");
    expect(ru("speaker", 2, "Азербайджан")).toBe("2 выступающих со стороны «Азербайджан», чьи имена не указаны");
    expect(ru("speaker", 5, "Азербайджан")).toBe("5 выступающих со стороны «Азербайджан», чьи имена не указаны");
    expect(ru("moderator", 21, "Армения")).toBe("21 ведущий со стороны «Армения», чьё имя не указано");
    expect((await calendarText("az")).labels.notListed("speaker", 2, "Azərbaycan")).toBe("Azərbaycan tərəfindən 2 çıxış edən, adları göstərilmir");
    expect((await calendarText("hy")).labels.notListed("speaker", 2, "Ադրբեջան")).toBe("2 ելույթ ունեցող՝ Ադրբեջան կողմից, որոնց անունները նշված չեն");
  });
});
