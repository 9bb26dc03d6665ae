import { describe, expect, it } from "vitest";
import { failed, formObject, formValues, idle, ok, refuse } from "@/lib/forms/action-state";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("formValues", () => {
  it("echoes plain text fields", () => {
    expect(
      formValues(
        form([
          ["title", "Round table"],
          ["city", "Tsaghkadzor"],
        ]),
      ),
    ).toEqual({ title: "Round table", city: "Tsaghkadzor" });
  });

  it("never echoes a field whose name contains 'password', in any case", () => {
    const values = formValues(
      form([
        ["email", "a@example.org"],
        ["password", "secret-1234"],
        ["newPassword", "secret-5678"],
        ["password_confirm", "secret-5678"],
        ["PASSWORD", "secret-9"],
      ]),
    );
    expect(values).toEqual({ email: "a@example.org" });
    expect(JSON.stringify(values)).not.toContain("secret");
  });

  it("skips Next.js $ACTION… keys", () => {
    const values = formValues(
      form([
        ["$ACTION_ID_abc123", ""],
        ["$ACTION_REF_1", "x"],
        ["$ACTION_1:0", "{}"],
        ["title", "Kept"],
      ]),
    );
    expect(values).toEqual({ title: "Kept" });
  });

  it("turns repeated keys into arrays in submission order", () => {
    expect(
      formValues(
        form([
          ["languages", "az"],
          ["languages", "hy"],
          ["languages", "en"],
          ["title", "T"],
        ]),
      ),
    ).toEqual({
      languages: ["az", "hy", "en"],
      title: "T",
    });
  });

  it("keeps a single value as a string, including an empty one", () => {
    expect(
      formValues(
        form([
          ["languages", "ru"],
          ["note", ""],
        ]),
      ),
    ).toEqual({ languages: "ru", note: "" });
  });

  it("does not echo file contents", () => {
    const values = formValues(
      form([
        ["upload", new Blob(["data"])],
        ["title", "T"],
      ]),
    );
    expect(values.title).toBe("T");
    expect(values.upload).toBe("");
  });

  it("returns {} for an empty form", () => {
    expect(formValues(new FormData())).toEqual({});
  });
});

describe("formObject", () => {
  it("returns single values for plain keys and skips $ACTION keys", () => {
    expect(
      formObject(
        form([
          ["title", "T"],
          ["$ACTION_ID_x", ""],
          ["city", "C"],
        ]),
      ),
    ).toEqual({ title: "T", city: "C" });
  });

  it("without the arrays option, a repeated key yields its first value", () => {
    expect(
      formObject(
        form([
          ["languages", "az"],
          ["languages", "hy"],
        ]),
      ),
    ).toEqual({ languages: "az" });
  });

  it("with the arrays option, listed keys become arrays (even with one value)", () => {
    expect(
      formObject(
        form([
          ["languages", "az"],
          ["languages", "hy"],
          ["tags", "one"],
          ["title", "T"],
        ]),
        ["languages", "tags"],
      ),
    ).toEqual({
      languages: ["az", "hy"],
      tags: ["one"],
      title: "T",
    });
  });

  it("a listed array key missing from the form becomes []", () => {
    expect(formObject(form([["title", "T"]]), ["languages"])).toEqual({ title: "T", languages: [] });
  });

  it("does keep password fields (it feeds parsing, not echoing)", () => {
    expect(formObject(form([["password", "secret-1234"]]))).toEqual({ password: "secret-1234" });
  });
});

describe("idle / failed", () => {
  it("idle is the idle state", () => {
    expect(idle).toEqual({ status: "idle" });
  });

  it("failed without a form carries no values", () => {
    expect(failed("errors.notFound")).toEqual({ status: "error", message: "errors.notFound", fieldErrors: undefined, values: undefined });
  });

  it("failed with a form echoes its values (without passwords)", () => {
    expect(
      failed(
        "errors.x",
        form([
          ["title", "T"],
          ["password", "p"],
        ]),
      ),
    ).toEqual({
      status: "error",
      message: "errors.x",
      fieldErrors: undefined,
      values: { title: "T" },
    });
  });
});

describe("ok / refuse", () => {
  it("build write results", () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
    expect(refuse("errors.notFound")).toEqual({ ok: false, reason: "errors.notFound", field: undefined });
    expect(refuse("taken", "email")).toEqual({ ok: false, reason: "taken", field: "email" });
  });
});

describe("a call without a form", () => {
  it("reads as an empty form, so the schema answers with its field messages instead of a crash", () => {
    expect(formObject(undefined)).toEqual({});
    expect(formObject(null, ["personIds"])).toEqual({ personIds: [] });
    expect(formObject("garbage" as unknown as FormData)).toEqual({});
    expect(formValues(undefined)).toEqual({});
  });
});
