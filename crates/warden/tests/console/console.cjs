// The operators' console in a real browser: Playwright (playwright-core) driving Debian's
// Chromium against a running `warden serve`. Started by crates/warden/tests/it/console.rs,
// which holds a payment for approval first and checks the bank afterwards.
//
// Environment: BASE (the console's origin), FIONA (a finance-leads approver's token), OLGA
// (an operator outside finance-leads), ADMIN (an administrator's token), APPROVAL (the held
// payment's id), ISSUER (the OpenID provider, with a user `erin-sub` in finance-leads), SHOTS
// (a directory for screenshots), CHROMIUM (the browser, default /usr/bin/chromium).
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const env = (k) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is not set`);
  return v;
};
const BASE = env("BASE");
const APPROVAL = env("APPROVAL");
const SHOTS = env("SHOTS");
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function check(cond, what) {
  if (!cond) throw new Error(`FAILED: ${what}`);
  console.log(`ok - ${what}`);
}

// Every page a test visits: the CSP header, and nothing inline that the CSP would block.
async function audited(page, response) {
  check(response.headers()["content-security-policy"] === CSP, `CSP on ${page.url()}`);
  const inline = await page.evaluate(() => ({
    scripts: document.querySelectorAll("script:not([src])").length,
    styles: document.querySelectorAll("[style], style").length,
    handlers: [...document.querySelectorAll("*")].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith("on")),
    ).length,
  }));
  check(
    inline.scripts === 0 && inline.styles === 0 && inline.handlers === 0,
    `no inline script, style or handler on ${new URL(page.url()).pathname}`,
  );
}

async function context(browser) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  page.violations = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) page.violations.push(m.text());
  });
  page.on("pageerror", (e) => page.violations.push(String(e)));
  page.on("dialog", (d) => d.accept());
  if (process.env.CONSOLE_DEBUG) {
    page.on("response", async (r) => console.log("<-", r.status(), r.url(), JSON.stringify(await r.allHeaders())));
    page.on("request", async (r) => console.log("->", r.method(), r.url(), JSON.stringify(await r.allHeaders())));
  }
  return page;
}

async function go(page, p) {
  const r = await page.goto(BASE + p);
  await audited(page, r);
  return r;
}

async function signIn(page, token) {
  await go(page, "/console/login");
  await page.fill("#token", token);
  // From the keyboard: Enter submits.
  const [r] = await Promise.all([page.waitForNavigation(), page.press("#token", "Enter")]);
  await audited(page, r);
  const where = new URL(page.url()).pathname;
  const why = where === "/console/approvals" ? "" : ` (at ${where}: ${await page.locator("main").innerText()})`;
  check(where === "/console/approvals", `signed in lands on the inbox${why}`);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
  try {
    // The sign-in page.
    const login = await context(browser);
    await go(login, "/console/login");
    await shot(login, "sign-in");

    // Single sign-on: the provider (oidc-provider-mock) says erin is in finance-leads.
    const erin = await context(browser);
    await go(erin, "/console/login");
    const [atProvider] = await Promise.all([erin.waitForNavigation(), erin.click("#sso")]);
    check(atProvider.url().startsWith(env("ISSUER")), "single sign-on goes to the provider");
    await erin.fill("input[name=sub]", "erin-sub");
    await Promise.all([
      erin.waitForURL((u) => u.pathname !== "/oauth2/authorize"),
      erin.click("button[type=submit]:not([value=deny])"),
    ]);
    // The callback answers a page of its own that moves on to the inbox by itself.
    await erin.waitForURL((u) => u.pathname === "/console/approvals", { timeout: 10000 }).catch(() => {});
    const landed = new URL(erin.url()).pathname;
    const why = landed === "/console/approvals" ? "" : ` (at ${landed}: ${await erin.locator("main").innerText()})`;
    check(landed === "/console/approvals", `back from the provider on the inbox${why}`);
    check((await erin.locator("header .operator").innerText()).startsWith("erin"), "signed in as erin by single sign-on");
    check((await erin.locator("#approvals tbody tr", { hasText: "payments.send" }).count()) === 1, "erin's provider groups show her the payment");

    // Someone outside finance-leads: neither the approval nor its arguments.
    const olga = await context(browser);
    await signIn(olga, env("OLGA"));
    check(!(await olga.content()).includes(APPROVAL), "a non-member's inbox does not list it");
    const r404 = await olga.goto(`${BASE}/console/approvals/${APPROVAL}`);
    check(r404.status() === 404, "a non-member gets 404 for the approval");
    check(!(await olga.content()).includes("NL91ABNA0417164300"), "and never sees its IBAN");

    // The approver: inbox, the approval's page, approve with a comment.
    const fiona = await context(browser);
    await signIn(fiona, env("FIONA"));
    const row = fiona.locator("#approvals tbody tr", { hasText: "payments.send" });
    check((await row.count()) === 1, "the held payment is in the approver's inbox");
    check(/^in \d/.test(await row.locator("time[data-countdown]").innerText()), "with an expiry countdown");
    await shot(fiona, "approvals");
    const [detail] = await Promise.all([fiona.waitForNavigation(), row.locator("a").click()]);
    await audited(fiona, detail);
    check((await fiona.locator("#arguments").innerText()).includes("NL91ABNA0417164300"), "the exact arguments are shown");
    check((await fiona.locator("#state").innerText()) === "pending", "pending");
    await fiona.fill("#comment", "invoice INV-BROWSER checked against the PO");
    await shot(fiona, "approval");
    const [after] = await Promise.all([fiona.waitForNavigation(), fiona.click("button.approve")]);
    await audited(fiona, after);
    const state = await fiona.locator("#state").innerText();
    check(state === "executed", `approved and executed (state ${state})`);
    check((await fiona.locator("#result").innerText()).includes("HTTP 200"), "the result is shown");
    await shot(fiona, "approval-executed");

    // A forged form post (no CSRF token) from the page is refused.
    const forged = await fiona.evaluate(async (url) => {
      const r = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "decision=deny",
      });
      return r.status;
    }, `${BASE}/console/approvals/${APPROVAL}/decide`);
    check(forged === 403, "a form post without the CSRF token is refused");

    // The administrator: halt and resume an agent, verify the log from the explorer.
    const admin = await context(browser);
    await signIn(admin, env("ADMIN"));
    await go(admin, "/console/agents");
    await admin.fill("#reason-support-bot", "suspicious refunds, investigating");
    const [halted] = await Promise.all([
      admin.waitForNavigation(),
      admin.locator("#agent-support-bot button.deny").click(),
    ]);
    await audited(admin, halted);
    check((await admin.locator("#agent-support-bot .status").innerText()) === "halted", "halted from the console");
    await shot(admin, "agents");
    const [resumed] = await Promise.all([
      admin.waitForNavigation(),
      admin.locator("#agent-support-bot button", { hasText: "Resume" }).click(),
    ]);
    await audited(admin, resumed);
    check((await admin.locator("#agent-support-bot .status").innerText()) === "active", "resumed from the console");

    await go(admin, "/console/agents/finance-bot");
    await shot(admin, "agent");
    await go(admin, "/console/audit");
    await admin.keyboard.press("/");
    check(await admin.evaluate(() => document.activeElement && document.activeElement.name === "agent"), "'/' focuses the filters");
    const [verified] = await Promise.all([admin.waitForNavigation(), admin.click("#verify")]);
    await audited(admin, verified);
    const result = await admin.locator("#verify-result").innerText();
    check(result.startsWith("The log verifies"), `the log verifies from the explorer (${result})`);
    await shot(admin, "audit");
    const [rec] = await Promise.all([admin.waitForNavigation(), admin.locator("#records a").first().click()]);
    await audited(admin, rec);
    check((await admin.locator("#record").innerText()).includes('"seq"'), "a record's full detail");
    await shot(admin, "record");
    for (const p of ["tools", "tools/kb.search", "secrets", "costs", "sessions"]) {
      await go(admin, `/console/${p}`);
      await shot(admin, p.replace("/", "-"));
    }
    check((await admin.content()).includes("single sign-on (oidc:erin-sub)"), "the sessions page lists the single sign-on");

    // Sign out.
    const [out] = await Promise.all([admin.waitForNavigation(), admin.click("header form.who button")]);
    await audited(admin, out);
    check(new URL(admin.url()).pathname === "/console/login", "signed out");

    for (const p of [login, erin, olga, fiona, admin]) {
      check(p.violations.length === 0, `no CSP violation or script error (${p.violations.join("; ")})`);
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
