import { describe, expect, it } from "vitest";
import { loadEdition } from "./load";
import { CLIENT_UI_KEYS, DIALOG_UI_KEYS, clientUiText, pickUiText } from "./ui";

describe("the words sent to the browser", () => {
  const { ui } = loadEdition("fr");

  it("the Embed dialog gets its own words and no others", () => {
    const words = pickUiText(ui, DIALOG_UI_KEYS);
    expect(Object.keys(words).sort()).toEqual([...DIALOG_UI_KEYS].sort());
    expect(words.embedTitle).toBe(ui.embedTitle);
    expect(words).not.toHaveProperty("schematicNote");
  });

  it("the story's client components get theirs, with the edition's locale and direction", () => {
    const words = clientUiText(ui, "fr-FR", "ltr");
    expect(Object.keys(words).sort()).toEqual([...CLIENT_UI_KEYS, "locale", "dir"].sort());
    expect(words).toMatchObject({ locale: "fr-FR", dir: "ltr", next: ui.next });
  });
});
