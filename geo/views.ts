import type { AreaFeature, MapView, PlaceFeature } from "./types";
import { footprintBBox } from "./footprint";
import { unionBBox } from "./coords";

export const DEFAULT_MAX_ZOOM = 15;

/** A camera that frames every given feature, uncertainty discs included. */
export function viewToFit(features: readonly (PlaceFeature | AreaFeature)[], maxZoom = DEFAULT_MAX_ZOOM): MapView {
  if (features.length === 0) throw new RangeError("viewToFit: nothing to fit");
  return { kind: "bounds", bounds: unionBBox(features.map(footprintBBox)), maxZoom };
}
