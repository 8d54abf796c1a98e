// No zod here: the map's key imports these names, and the browser should not load the schema.
/**
 * Layers a chapter can switch on, over the always-on basemap (land, districts, river).
 * The map draws each of these; the legend describes them.
 */
export const STORY_LAYERS = {
  "green-zone": "The Green Zone (schematic outline)",
  bridges: "Tigris bridges (schematic axes)",
  "flight-path": "Flight path, schematic: the route was not published",
  drone: "The drone, moving along the path as you read",
  "scale-100m": "100 m scale reference",
} as const;
export type StoryLayerId = keyof typeof STORY_LAYERS;
