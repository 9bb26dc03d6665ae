import { describe, expect, it } from "vitest";
import { formatLinks, outcomeRecommendations, parseLinks } from "./composition-rules";

describe("parseLinks", () => {
  it("reads 'label URL' lines, the address alone, and skips blank lines", () => {
    expect(parseLinks("Photos — https://photos.example.org/album\n\nhttps://video.example.org/v/1\nPress: APA report https://apa.example/news?id=7")).toEqual({
      links: [
        { label: "Photos", url: "https://photos.example.org/album" },
        { label: "https://video.example.org/v/1", url: "https://video.example.org/v/1" },
        { label: "Press: APA report", url: "https://apa.example/news?id=7" },
      ],
      badLines: [],
    });
  });

  it("names the lines that are not web links (other schemes included)", () => {
    expect(parseLinks("Photos\njavascript:alert(1)\nFiles ftp://files.example.org\nOK https://ok.example").badLines).toEqual([1, 2, 3]);
  });

  it("round-trips through the text box", () => {
    const { links } = parseLinks("Photos https://photos.example.org/\nhttps://video.example.org/");
    expect(parseLinks(formatLinks(links)).links).toEqual(links);
  });
});

describe("outcomeRecommendations", () => {
  it("takes the outcome's wording where given, the record's elsewhere", () => {
    const adopted = [
      { id: "a", theme: "security", text: "Record wording A" },
      { id: "b", theme: "economy", text: "Record wording B" },
    ];
    expect(outcomeRecommendations(adopted, { a: "Outcome wording A", b: "  " })).toEqual([
      { theme: "security", text: "Outcome wording A" },
      { theme: "economy", text: "Record wording B" },
    ]);
  });
});
