import { expect, test, type Page } from "@playwright/test";

/**
 * The static overview map: the map without JavaScript, in print, and the first map every
 * reader sees while the interactive one loads. Its labels are measured from the rendered
 * text itself (a Range over each line's text node), at the widths each view is laid out for.
 */

/** As the interactive map's labels: `--map-label-font: 600 13px`. */
const MIN_FONT_PX = 13;
/** The layout keeps a label 4 px from its disc's edge or dot (geo/staticLabels.ts); the glyphs sit within a px of that. */
const LABEL_GAP_PX = 4;
const NEAR_PX = LABEL_GAP_PX + 6;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface MeasuredLabel {
  id: string;
  text: string;
  variant: string | null;
  lines: Box[];
  box: Box;
  fontPx: number;
  /** The place's disc or dot on screen, or for a name, whether its middle lies on what it names. */
  mark: { x: number; y: number; r: number } | null;
  onItsArea: boolean | null;
}

interface Measured {
  views: string[];
  region: Box;
  furniture: { name: string; box: Box }[];
  labels: MeasuredLabel[];
}

/** Everything about the displayed static view that the tests assert, measured in the page. */
async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const shown = [...document.querySelectorAll<SVGSVGElement>(".static-map__view")].filter(
      (svg) => getComputedStyle(svg).display !== "none",
    );
    const views = shown.map((svg) => [...svg.classList].find((c) => c.startsWith("static-map__view--"))!.slice(18));
    const svg = shown[0]!;
    const ctm = svg.getScreenCTM()!;
    const toScreen = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm);
    const toUser = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm.inverse());
    const geometry = document.getElementById("static-map-geometry")!;
    const labels = [...svg.querySelectorAll<SVGTextElement>("text.static-map__label")].map((text) => {
      const id = text.dataset.place!;
      const lineNodes = text.querySelectorAll("tspan").length ? [...text.querySelectorAll("tspan")] : [text];
      const lines = lineNodes.map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node.firstChild!);
        return rect(range.getBoundingClientRect());
      });
      const box = {
        left: Math.min(...lines.map((l) => l.left)),
        top: Math.min(...lines.map((l) => l.top)),
        right: Math.max(...lines.map((l) => l.right)),
        bottom: Math.max(...lines.map((l) => l.bottom)),
      };
      // The font size in user units, scaled as the view is scaled on screen.
      const fontPx = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
      const variant = [...text.classList].find((c) => c.startsWith("static-map__label--"))?.slice(19) ?? null;
      const circle =
        svg.querySelector<SVGCircleElement>(`circle.static-map__place[data-place="${id}"]`) ??
        geometry.querySelector<SVGCircleElement>(`circle[data-place="${id}"]`);
      let mark: MeasuredLabel["mark"] = null;
      if (circle) {
        const at = toScreen(circle.cx.baseVal.value, circle.cy.baseVal.value);
        mark = { x: at.x, y: at.y, r: circle.r.baseVal.value * Math.hypot(ctm.a, ctm.b) };
      }
      let onItsArea: boolean | null = null;
      if (variant) {
        // A district's name is on the land its districts draw (one path for them all).
        const area = geometry.querySelector<SVGPathElement>(`.static-map__${variant === "district" ? "land" : variant}`)!;
        const middle = toUser((box.left + box.right) / 2, (box.top + box.bottom) / 2);
        onItsArea = area.isPointInFill(new DOMPoint(middle.x, middle.y));
      }
      return { id, text: text.textContent ?? "", variant, lines, box, fontPx, mark, onItsArea };
    });
    const furniture = [".static-map__caption", ".locator-inset"].flatMap((selector) => {
      const element = document.querySelector(selector);
      return element && getComputedStyle(element).display !== "none" ? [{ name: selector, box: rect(element.getBoundingClientRect()) }] : [];
    });
    return { views, region: rect(document.querySelector(".scrolly__map")!.getBoundingClientRect()), furniture, labels };
  });
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The distance from a box to a disc's edge: 0 when they touch, negative when the box reaches into the disc. */
function gapToDisc(box: Box, { x, y, r }: { x: number; y: number; r: number }) {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy) - r;
}

function expectLegibleAndClear({ views, region, furniture, labels }: Measured, size: string) {
  expect(views, `${size}: one view shown`).toHaveLength(1);
  expect(labels.length, `${size}: labels`).toBeGreaterThan(0);
  for (const [i, label] of labels.entries()) {
    const name = `${size} "${label.text}"`;
    expect(label.fontPx, `${name}: font size`).toBeGreaterThanOrEqual(MIN_FONT_PX - 0.01);
    for (const line of label.lines) {
      expect(line.right - line.left, `${name}: drawn`).toBeGreaterThan(0);
      expect(line.left, `${name}: inside the map`).toBeGreaterThanOrEqual(region.left);
      expect(line.right, `${name}: inside the map`).toBeLessThanOrEqual(region.right);
      expect(line.top, `${name}: inside the map`).toBeGreaterThanOrEqual(region.top);
      expect(line.bottom, `${name}: inside the map`).toBeLessThanOrEqual(region.bottom);
      for (const { name: what, box } of furniture) expect(overlap(line, box), `${name}: under ${what}`).toBe(false);
      for (const other of labels.slice(i + 1)) {
        for (const otherLine of other.lines) expect(overlap(line, otherLine), `${name} overlaps "${other.text}"`).toBe(false);
      }
    }
    if (label.mark) {
      // Against its disc's edge, or beside its dot: near it, and not over it.
      const gap = gapToDisc(label.box, label.mark);
      expect(gap, `${name}: against its place`).toBeLessThanOrEqual(NEAR_PX);
      expect(gap, `${name}: clear of its place`).toBeGreaterThanOrEqual(0);
    } else {
      expect(label.onItsArea, `${name}: on what it names`).toBe(true);
    }
  }
}

function expectMainPlacesLabelled({ labels }: Measured, size: string) {
  const ids = labels.map((l) => l.id);
  expect(ids, size).toContain("drone_launch_area");
  expect(ids, size).toContain("green-zone-label");
  expect(ids.some((id) => id === "soleimani_strike_estimate" || id === "bgw_airport_reference_point"), `${size}: strike site or airport`).toBe(true);
}

test.describe("the static map, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("its labels are legible, clear of each other and against their places on a desktop @desktop", async ({ page }) => {
    await page.goto("/");
    const at1280 = await measure(page);
    expect(at1280.views).toEqual(["desktop"]);
    expectLegibleAndClear(at1280, "1280×800");
    expectMainPlacesLabelled(at1280, "1280×800");
    // The edges of the other views' ranges: the wide view at its narrowest, a tablet, a large screen.
    for (const [width, height, view] of [[900, 700, "wide"], [1279, 720, "wide"], [768, 1024, "tablet"], [1920, 1080, "desktop"]] as const) {
      await page.setViewportSize({ width, height });
      const measured = await measure(page);
      expect(measured.views).toEqual([view]);
      expectLegibleAndClear(measured, `${width}×${height}`);
      expectMainPlacesLabelled(measured, `${width}×${height}`);
    }
  });

  test("its labels are legible, clear of each other and against their places on a phone @phone", async ({ page }) => {
    await page.goto("/");
    const at390 = await measure(page);
    expect(at390.views).toEqual(["phone"]);
    expectLegibleAndClear(at390, "390×844");
    expectMainPlacesLabelled(at390, "390×844");
    for (const [width, height] of [[360, 640], [430, 932], [599, 900]] as const) {
      await page.setViewportSize({ width, height });
      const measured = await measure(page);
      expect(measured.views).toEqual(["phone"]);
      expectLegibleAndClear(measured, `${width}×${height}`);
      expectMainPlacesLabelled(measured, `${width}×${height}`);
    }
  });

  test("print shows the wide view, with its labels @desktop", async ({ page }) => {
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    const printed = await measure(page);
    expect(printed.views).toEqual(["wide"]);
    expectMainPlacesLabelled(printed, "print");
  });
});
