// No zod here: client components import this, and the browser should not load the schema.
import type { UiText } from "./editions";

export type { UiText };

/** A dictionary entry with its `{name}` slots filled: fillIn("Copy {what}", { what: "iframe code" }). */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * The words client components use (the chapter bar, the map's controls, key, hints and popups):
 * only these are sent to the browser with the page's data, with the edition's locale.
 */
export const CLIENT_UI_KEYS = [
  "chaptersNav", "chapterInEdition", "previous", "next", "chapterWord", "ofWord", "reduceMotionVerb", "reduceMotionObject", "darkTheme",
  "mapRegion", "exploreMap", "backToStory", "key", "keyList", "legendRiver", "legendPlace", "legendApproximate",
  "layerGreenZone", "layerBridges", "layerFlightPath", "layerDrone", "layerScale",
  "exploreGreenZone", "exploreBridges", "exploreFlightPath", "explorePlaces", "wheelHint", "touchHint",
  "flightLabel", "drone", "fullCredits", "tilesDown", "scaleCaption", "leafletTitle", "zoomIn", "zoomOut", "layersTitle", "closePopup",
  "placeOpen", "placeApproximate", "placeKnown", "placeInStory", "metres", "kilometres",
] as const satisfies readonly (keyof UiText)[];

/** The edition's writing direction: the map puts its controls on the side text starts from. */
export type Direction = "ltr" | "rtl";

export type ClientUiText = Pick<UiText, (typeof CLIENT_UI_KEYS)[number]> & { locale: string; dir: Direction };

/** The client components' share of an edition's words. */
export function clientUiText(ui: UiText, locale: string, dir: Direction): ClientUiText {
  return { ...pickUiText(ui, CLIENT_UI_KEYS), locale, dir };
}

/** The Embed button's and dialog's words (components/embed). */
export const DIALOG_UI_KEYS = [
  "embedButton", "embedTitle", "embedLanguage", "close", "startAt", "theBeginning", "theme", "themeLight", "themeDark",
  "loaderHeading", "loaderHelp", "loaderCode", "iframeHeading", "iframeHelp", "iframeCode", "copy", "copied", "copyByHand",
] as const satisfies readonly (keyof UiText)[];

export type DialogUiText = Pick<UiText, (typeof DIALOG_UI_KEYS)[number]>;

/**
 * Only the given entries of an edition's words: what a client component is given is sent to
 * the browser in the page's data, so it gets the words it uses and no others.
 */
export function pickUiText<K extends keyof UiText>(ui: UiText, keys: readonly K[]): Pick<UiText, K> {
  return Object.fromEntries(keys.map((key) => [key, ui[key]])) as Pick<UiText, K>;
}
