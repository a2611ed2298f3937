// The review sheet's page: the reviewer approves items or writes what should change, then
// saves the decisions to a small file, sealed with the sheet's key (HMAC-SHA256 over the same
// canonical JSON text that core/review_decisions.py checks). Plain script, no network: the
// file is opened from a disk or a mail, often with no connection at all.
"use strict";

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

function rotr(x, n) {
  return (x >>> n) | (x << (32 - n));
}

// SHA-256 of a Uint8Array (crypto.subtle is not offered to pages opened from a file
// everywhere, so the sheet carries its own).
function sha256(bytes) {
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(padded.length - 4, bits >>> 0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let t = 0; t < 64; t++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((word, i) => outView.setUint32(i * 4, word));
  return out;
}

function hmacSha256(key, message) {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + message.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i] ^ 0x36;
    outer[i] = block[i] ^ 0x5c;
  }
  inner.set(message, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function fromHex(text) {
  return new Uint8Array(text.match(/../g).map((pair) => parseInt(pair, 16)));
}

const sheet = JSON.parse(document.getElementById("sheet-data").textContent);
const words = sheet.words;

function reviewerName() {
  const field = document.getElementById("reviewer");
  return field.value.trim().replace(/\s+/g, " ");
}

function decisionOf(section) {
  const chosen = section.querySelector("input[type=radio]:checked");
  return chosen ? chosen.value : "";
}

function collect() {
  const decisions = [];
  document.querySelectorAll("section.item").forEach((section) => {
    const kind = decisionOf(section);
    if (!kind) return;
    const entry = sheet.items[Number(section.dataset.index)];
    decisions.push({
      item: entry.item,
      uid: entry.uid,
      occurrence: entry.occurrence,
      revision: entry.revision,
      decision: kind,
      comment: section.querySelector("textarea").value.trim(),
    });
  });
  return decisions;
}

// What the seal covers; core/review_decisions.canonical builds the same text.
function canonical(reviewer, decisions) {
  const rows = decisions.map((d) => [d.item, d.uid, d.occurrence, d.revision, d.decision, d.comment]);
  return JSON.stringify([sheet.format, sheet.version, sheet.workspace, sheet.sheet, reviewer, rows]);
}

function refresh() {
  let approved = 0;
  let changes = 0;
  let missing = 0;
  document.querySelectorAll("section.item").forEach((section) => {
    const kind = decisionOf(section);
    const note = section.querySelector("textarea");
    section.dataset.decision = kind;
    note.required = kind === "changes";
    const empty = kind === "changes" && !note.value.trim();
    section.classList.toggle("needs-comment", empty);
    if (kind === "approve") approved++;
    if (kind === "changes") changes++;
    if (empty) missing++;
  });
  const waiting = sheet.items.length - approved - changes;
  document.getElementById("tally").textContent = words.tally
    .replace("{approved}", approved)
    .replace("{changes}", changes)
    .replace("{waiting}", waiting);
  const save = document.getElementById("save");
  const reason = !reviewerName()
    ? words.needName
    : missing
      ? words.needComment
      : approved + changes === 0
        ? words.needDecision
        : "";
  save.disabled = reason !== "";
  document.getElementById("save-why").textContent = reason;
}

function save() {
  const reviewer = reviewerName();
  const decisions = collect();
  const text = new TextEncoder().encode(canonical(reviewer, decisions));
  const file = {
    format: sheet.format,
    version: sheet.version,
    workspace: sheet.workspace,
    sheet: sheet.sheet,
    reviewer: reviewer,
    saved: new Date().toISOString(),
    decisions: decisions,
    seal: hex(hmacSha256(fromHex(sheet.key), text)),
  };
  const json = JSON.stringify(file, null, 1) + "\n";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  link.download = sheet.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  document.getElementById("saved").hidden = false;
  document.getElementById("saved-text").value = json;
}

function approveAll() {
  document.querySelectorAll("section.item").forEach((section) => {
    if (!decisionOf(section)) section.querySelector("input[value=approve]").checked = true;
  });
  refresh();
}

document.addEventListener("input", refresh);
document.addEventListener("change", refresh);
document.getElementById("save").addEventListener("click", save);
document.getElementById("approve-all").addEventListener("click", approveAll);
window.ngoSheet = { sha256: (text) => hex(sha256(new TextEncoder().encode(text))), canonical, collect };
refresh();
