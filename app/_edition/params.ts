import { editionLangs } from "@/content/load";
import { REFERENCE_EDITION } from "@/content/routes";

/** The `[lang]` routes' static params: every edition but the reference one, which is at the root. */
export function otherEditionParams(): { lang: string }[] {
  return editionLangs()
    .filter((lang) => lang !== REFERENCE_EDITION)
    .map((lang) => ({ lang }));
}
