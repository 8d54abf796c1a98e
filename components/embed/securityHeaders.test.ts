import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, tileOrigins } from "./securityHeaders";

describe("contentSecurityPolicy", () => {
  it("allows only the app itself by default, with the given frame-ancestors", () => {
    const policy = contentSecurityPolicy("'self'", undefined);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("img-src 'self' data:;");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/frame-ancestors 'self'$/);
  });

  it("adds the opt-in tile host to img-src only", () => {
    const policy = contentSecurityPolicy("*", "https://{s}.tiles.example.org/{z}/{x}/{y}.png");
    expect(policy).toContain("img-src 'self' data: https://*.tiles.example.org");
    expect(policy).toContain("connect-src 'self';");
  });
});

describe("tileOrigins", () => {
  it("ignores what is not a URL", () => {
    expect(tileOrigins("tiles/{z}/{x}/{y}.png")).toBeNull();
    expect(tileOrigins(undefined)).toBeNull();
  });
});
