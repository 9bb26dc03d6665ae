// POST the n-th multipart form of a page as a browser without JavaScript would (hidden fields only).
const [url, n = "0"] = process.argv.slice(2);
const cookie = (await import("node:fs")).readFileSync("/tmp/cookie.txt", "utf8").trim();
const html = await (await fetch(url, { headers: { cookie } })).text();
const forms = [...html.matchAll(/<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/g)];
const form = forms[Number(n)];
if (!form) { console.log("no form", forms.length); process.exit(0); }
const fd = new FormData();
for (const m of form[1].matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?/g)) fd.append(m[1], (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
const t0 = Date.now();
try {
  const r = await fetch(url, { method: "POST", body: fd, headers: { cookie, origin: new URL(url).origin }, redirect: "manual", signal: AbortSignal.timeout(8000) });
  console.log(url.split("/").slice(-2).join("/"), "form", n, "->", r.status, Date.now() - t0, "ms");
} catch (e) { console.log(url.split("/").slice(-2).join("/"), "form", n, "-> HANG", e.name); }
