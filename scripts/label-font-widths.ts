/**
 * Prints the per-character widths geo/labelFont.ts estimates label widths with: the widest
 * advance, in thousandths of an em, of each character in the bold sans fonts a reader's
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
  const widths = await page.evaluate(
    ({ chars, fonts }) => {
      const context = document.createElement("canvas").getContext("2d")!;
      return [...chars].map((char) =>
        Math.max(
          ...fonts.map((font) => {
            context.font = `bold 1000px "${font}"`;
            return Math.ceil(context.measureText(char).width);
          }),
        ),
      );
    },
    { chars: CHARS, fonts: FONTS },
  );
  await browser.close();
  console.log(`const CHARS = ${JSON.stringify(CHARS)};`);
  console.log(`const WIDTHS = [${widths.join(", ")}];`);
}

void main();
