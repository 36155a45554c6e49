// A static export (out/), so the test serves it like any other built app.
export default { output: "export" };
