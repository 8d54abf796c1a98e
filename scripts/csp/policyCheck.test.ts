import { describe, expect, it } from "vitest";
import { blockedInline, manifestHeadersFor, parsePolicy, servedPageProblems } from "./policyCheck";
import { scriptHash } from "./inlineContent";

const HTML = `<html><head><script src="/a.js"></script></head><body><script>boot()</script><script>self.__next_f.push([1])</script></body></html>`;
const BOOT = scriptHash("boot()");
const PAYLOAD = scriptHash("self.__next_f.push([1])");
const policy = (scriptSrc: string, styleSrc = "'self'") => `default-src 'self'; script-src ${scriptSrc}; style-src ${styleSrc}; frame-ancestors 'self'`;

describe("parsePolicy", () => {
  it("reads directives and their sources; the first of a name counts", () => {
    const directives = parsePolicy("default-src 'self';  script-src 'self' 'sha256-x=' ; SCRIPT-SRC *;");
    expect(directives.get("script-src")).toEqual(["'self'", "'sha256-x='"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
  });
});

describe("blockedInline", () => {
  it("finds nothing when every inline script's hash is listed", () => {
    expect(blockedInline(HTML, policy(`'self' ${BOOT} ${PAYLOAD}`))).toEqual([]);
  });

  it("names each inline script whose hash is missing", () => {
    const problems = blockedInline(HTML, policy(`'self' ${BOOT}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(PAYLOAD);
    expect(problems[0]).toContain("self.__next_f.push");
  });

  it("counts 'unsafe-inline' only where no hash is listed, as browsers do", () => {
    expect(blockedInline(HTML, policy("'self' 'unsafe-inline'"))).toEqual([]);
    expect(blockedInline(HTML, policy(`'self' 'unsafe-inline' ${BOOT}`))).toHaveLength(1);
  });

  it("falls back to default-src when there is no script-src", () => {
    expect(blockedInline(HTML, "default-src 'self'")).toHaveLength(2);
  });

  it("blocks event handler attributes and inline styles unless the policy allows any inline", () => {
    const html = `<body><div style="color:red" onclick="go()">x</div></body>`;
    expect(blockedInline(html, policy("'self'"))).toEqual([
      "inline event handler <div onclick> (script-src allows none)",
      `inline style <div style="color:red"> (style-src allows none)`,
    ]);
    expect(blockedInline(html, policy("'self' 'unsafe-inline'", "'self' 'unsafe-inline'"))).toEqual([]);
  });
});

describe("servedPageProblems", () => {
  const page = { file: "server/app/index.html", route: "/", html: HTML };
  const csp = (value: string) => ({ key: "content-security-policy", value });

  it("wants exactly one policy: two would both be enforced, none allows anything", () => {
    expect(servedPageProblems(page, "/", [])).toEqual(["/ (server/app/index.html): 0 Content-Security-Policy headers, not one"]);
    const full = policy(`'self' ${BOOT} ${PAYLOAD}`);
    expect(servedPageProblems(page, "/", [csp(full), csp(full)])).toEqual(["/ (server/app/index.html): 2 Content-Security-Policy headers, not one"]);
    expect(servedPageProblems(page, "/", [{ key: "X-Frame-Options", value: "SAMEORIGIN" }, csp(full)])).toEqual([]);
  });

  it("says where a blocked script is", () => {
    expect(servedPageProblems(page, "/", [csp(policy(`'self' ${BOOT}`))])[0]).toMatch(/^\/ \(server\/app\/index\.html\): inline script 'sha256-/);
  });
});

describe("manifestHeadersFor", () => {
  const rules = [
    { regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
    { regex: "^/embed(?:/)?$", headers: [csp("embed")] },
    { regex: "^(?:/((?!(?:embed)/?$).+))(?:/)?$", headers: [csp("other")] },
  ];
  function csp(value: string) {
    return { key: "Content-Security-Policy", value };
  }

  it("gives a path the headers of every rule whose pattern matches it, in order", () => {
    expect(manifestHeadersFor(rules, "/embed").map((h) => h.value)).toEqual(["nosniff", "embed"]);
    expect(manifestHeadersFor(rules, "/no-such-page").map((h) => h.value)).toEqual(["nosniff", "other"]);
  });

  it("refuses rules with conditions it cannot evaluate", () => {
    expect(() => manifestHeadersFor([{ ...rules[0]!, has: [{ type: "header", key: "x" }] }], "/")).toThrow(/has\/missing/);
  });
});
