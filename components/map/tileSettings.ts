/**
 * Online raster tiles are opt-in, set at build time. With both unset (the default)
 * the map uses only the basemap shipped with the app and requests nothing elsewhere.
 */
export interface TileSettings {
  url: string;
  attribution: string;
}

export function readTileSettings(
  url = process.env.NEXT_PUBLIC_TILE_URL,
  attribution = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION,
): TileSettings | null {
  if (!url) return null;
  if (!/^https?:\/\/[^\s]+\{z\}[^\s]*$/.test(url) || !url.includes("{x}") || !url.includes("{y}")) {
    console.warn(`NEXT_PUBLIC_TILE_URL is not a tile URL template with {z}, {x} and {y}: tiles stay off`);
    return null;
  }
  if (!attribution) {
    console.warn("NEXT_PUBLIC_TILE_ATTRIBUTION is required with NEXT_PUBLIC_TILE_URL: tiles stay off");
    return null;
  }
  return { url, attribution };
}
