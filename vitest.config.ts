import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{geo,content,components,scripts,app}/**/*.test.ts"],
    environment: "node",
    reporters: ["default", ["json", { outputFile: "test-results/unit.json" }]],
  },
});
