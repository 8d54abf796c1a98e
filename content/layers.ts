// No zod here: the map's key imports these names, and the browser should not load the schema.
/**
 * Layers a chapter can switch on, over the always-on basemap (land, districts, river).
 * The map draws each of these; the key describes each in the edition's words (the ui key named here).
 */
export const STORY_LAYERS = {
  "green-zone": "layerGreenZone",
  bridges: "layerBridges",
  "flight-path": "layerFlightPath",
  drone: "layerDrone",
  "scale-100m": "layerScale",
} as const;
export type StoryLayerId = keyof typeof STORY_LAYERS;
