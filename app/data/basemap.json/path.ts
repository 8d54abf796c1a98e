export const BASEMAP_PATH = "/data/basemap.json";
