// src/entry/schema-check.ts
async function loadSchemaCheck() {
  return (await import("./schema-BHTPVJT4.js")).validateSchema;
}

export {
  loadSchemaCheck
};
//# sourceMappingURL=chunk-SPOOS4M2.js.map
