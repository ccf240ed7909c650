// src/entry/schema-check.ts
async function loadSchemaCheck() {
  return (await import("./schema-TPR77RAM.js")).validateSchema;
}

export {
  loadSchemaCheck
};
//# sourceMappingURL=chunk-ZIJMTWEO.js.map
