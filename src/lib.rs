//! case-timeline: an interactive, accessible timeline of a court case.
//!
//! One direction, no back and forth:
//! input → [`model::load`] (a validated [`model::Case`] and every [`Problem`]) → layout (CSS px)
//! → scene (shapes and hit regions) → render (canvas in the browser, SVG natively), all through
//! [`pipeline`]. What the panels say is [`describe`]d as plain data; what the reader looks at and
//! how input changes it is the [`view`]. Only `web` (wasm32) touches the DOM.
//!
//! ```
//! let json = r#"{"version": 1, "title": "Example v. State",
//!   "parties": [{"id": "ex", "name": "Example", "role": "petitioner"}],
//!   "events": [{"id": "filed", "date": "2020-05", "kind": "filing", "title": "Petition filed", "parties": ["ex"]}]}"#;
//! let out = case_timeline::render_svg(json, &case_timeline::SvgOptions::default()).unwrap();
//! assert!(out.svg.contains("Petition filed"));
//! assert!(out.problems.is_empty());
//! ```
//!
//! Cargo features: `import` (default) adds the TimelineJS importer ([`import`]), `csv` its
//! spreadsheet template, `sheet` ours; `locales` compiles every language in; `png` (native)
//! `render --png`; `editor` is the editor page's wasm build (every importer, SVG output);
//! `test-hooks` adds hooks only tests use.
#![warn(missing_docs)]

pub mod describe;
pub mod error;
pub mod geom;
pub mod hit;
pub mod ids;
#[cfg(feature = "import")]
pub mod import;
pub mod layout;
pub mod locale;
pub(crate) mod math;
pub mod mirror;
pub mod model;
pub mod pipeline;
#[cfg(all(feature = "png", not(target_arch = "wasm32")))]
pub mod png;
pub mod render;
pub mod scale;
pub mod scene;
pub mod sort;
pub mod text;
pub mod theme;
pub(crate) mod time;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod web;

/// The wasm build's allocator: talc instead of the standard library's dlmalloc, a third of its
/// code for what every reader downloads, and it grows the wasm memory the same way.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use error::{CaseError, Problem, ProblemKind, Severity};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub use pipeline::render_svg;
pub use pipeline::{SvgOptions, SvgOutput};
