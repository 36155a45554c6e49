// Short names for the wasm module's imports. wasm-bindgen names every function the wasm imports
// from its glue `__wbg_<name>_<16 hex digits>`, in the module "./case_timeline_bg.js": ~200
// imports, ~12 kB of the wasm and as much of the glue, and the hex digits do not compress. This
// renames them (every import: all are the glue's functions, or the build fails) to `a`, `b`, …
// `aa`, … in the wasm's import section and in the glue's import object
// (each name appears there exactly once, as a key; the check fails the build otherwise), and the
// module to "w". Nothing else in either file changes; files already renamed are left as they are.
//   import { shortenImports } from "./wasm-imports.mjs";
//   const { wasm, glue, renamed } = shortenImports(wasmBytes, glueText);

const MODULE = "w";

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    if (b === undefined) throw new Error("wasm: LEB128 runs past the end");
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return [value, at];
  }
}

function u32(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder("utf-8", { fatal: true });
const name = (s) => {
  const bytes = utf8.encode(s);
  return [...u32(bytes.length), ...bytes];
};

function readName(bytes, at) {
  const [len, start] = readU32(bytes, at);
  return [text.decode(bytes.subarray(start, start + len)), start + len];
}

/** The length in bytes of an import description (after its kind byte) starting at `at`. */
function skipDesc(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`wasm: unknown import kind ${kind}`);
  }
}

/** `a` … `z`, `A` … `Z`, then `aa`, `ab`, …: the n-th short name (never a JS keyword: all have
 *  at most two letters and none of "do", "if", "in" is made — they are skipped). */
function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[n % letters.length] + s;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return s;
}

export function shortenImports(wasmBytes, glue) {
  const bytes = new Uint8Array(wasmBytes);
  if (String.fromCharCode(...bytes.subarray(1, 4)) !== "asm") throw new Error("wasm: not a wasm module");
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readU32(bytes, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    // The import section: rewrite it.
    let p = body;
    let count;
    [count, p] = readU32(bytes, p);
    const out = [...u32(count)];
    const renamed = new Map();
    let n = 0;
    let module = null;
    for (let i = 0; i < count; i++) {
      let mod, field;
      [mod, p] = readName(bytes, p);
      [field, p] = readName(bytes, p);
      const kind = bytes[p];
      const end = skipDesc(bytes, kind, p + 1);
      module ??= mod;
      if (module === MODULE) return { wasm: bytes, glue, renamed: 0 }; // already done
      if (mod !== module || kind !== 0) throw new Error(`wasm: import ${mod}.${field} is not a function of the glue's module ${module}`);
      let short;
      do short = shortName(n++); while (["do", "if", "in"].includes(short));
      renamed.set(field, short);
      out.push(...name(MODULE), ...name(short));
      out.push(...bytes.subarray(p, end));
      p = end;
    }
    if (p !== body + size) throw new Error("wasm: the import section did not end where its size says");
    const moduleKey = JSON.stringify(module);
    let newGlue = glue;
    const keyAt = newGlue.indexOf(`${moduleKey}:`);
    if (module === null || keyAt < 0 || newGlue.indexOf(`${moduleKey}:`, keyAt + 1) >= 0) {
      throw new Error(`glue: the import object's key ${moduleKey} is not there exactly once`);
    }
    newGlue = newGlue.slice(0, keyAt) + `${MODULE}:` + newGlue.slice(keyAt + moduleKey.length + 1);
    for (const [field, short] of renamed) {
      const found = newGlue.split(new RegExp(`\\b${field}:`)).length - 1;
      if (found !== 1 || newGlue.split(field).length !== 2) throw new Error(`glue: ${field} is not there exactly once, as a key`);
      newGlue = newGlue.replace(`${field}:`, `${short}:`);
    }
    const section = [2, ...u32(out.length), ...out];
    const wasm = new Uint8Array([...bytes.subarray(0, at), ...section, ...bytes.subarray(body + size)]);
    return { wasm, glue: newGlue, renamed: renamed.size };
  }
  throw new Error("wasm: no import section");
}
