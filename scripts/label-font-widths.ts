/**
 * Prints the per-character widths geo/labelFont.ts estimates label widths with: the widest
 * advance, in thousandths of an em, of each character in the bold (and regular) sans fonts a reader's
 * `system-ui` may fall back to here (DejaVu Sans Bold, Liberation Sans Bold), measured in
 * Chromium. `npx tsx scripts/label-font-widths.ts`, then paste the output into the table.
 */
import { chromium } from "@playwright/test";
import fs from "node:fs";
import { chromiumFlags } from "../playwright.config";

const FONTS = ["DejaVu Sans", "Liberation Sans"];
const CHARS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("") + "–—‘’“”…é";

async function main() {
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: chromiumFlags,
  });
  const page = await browser.newPage();
  const measure = (weight: string) =>
    page.evaluate(
      ({ chars, fonts, weight }) => {
        const context = document.createElement("canvas").getContext("2d")!;
        return [...chars].map((char) =>
          Math.max(
            ...fonts.map((font) => {
              context.font = `${weight} 1000px "${font}"`;
              return Math.ceil(context.measureText(char).width);
            }),
          ),
        );
      },
      { chars: CHARS, fonts: FONTS, weight },
    );
  const [bold, regular] = [await measure("bold"), await measure("normal")];
  await browser.close();
  console.log(`const CHARS = ${JSON.stringify(CHARS)};`);
  console.log(`const WIDTHS = [${bold.join(", ")}];`);
  console.log(`const REGULAR_WIDTHS = [${regular.join(", ")}];`);
}

void main();
