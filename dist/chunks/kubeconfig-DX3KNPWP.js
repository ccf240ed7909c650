import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";

// src/cluster/kubeconfig.ts
async function loadKubeConfig(options = {}) {
  const { KubeConfig } = await import("./dist-FSHPINPL.js");
  const kc = new KubeConfig();
  const source = options.file ?? process.env.KUBECONFIG ?? "the default kubeconfig";
  try {
    if (options.file) kc.loadFromFile(options.file);
    else kc.loadFromDefault();
  } catch (error) {
    throw new UsageError(`cannot load the kubeconfig: ${error.message.split("\n")[0]}`, {
      file: source,
      fix: "point KUBECONFIG at a valid kubeconfig, or run inside the cluster with a service account"
    });
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known = kc.getContexts().map((c) => c.name);
      throw new UsageError(`no context "${options.context}" in the kubeconfig`, {
        file: source,
        fix: `use one of: ${known.join(", ") || "(none defined)"}`
      });
    }
    kc.setCurrentContext(options.context);
  }
  return kc;
}
export {
  loadKubeConfig
};
