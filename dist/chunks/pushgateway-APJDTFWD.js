import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import "./chunk-YA6DW627.js";

// src/sinks/pushgateway.ts
var PUSHGATEWAY_JOB = "slo-gate";
var PUSH_TIMEOUT_MS = 1e4;
var DECISION_VALUES = { pass: 0, warn: 1, block: 2 };
function groupingKey(grouping) {
  const key = {};
  for (const [name, value] of Object.entries(grouping)) {
    if (value && !value.includes("/")) key[name] = value;
  }
  return key;
}
async function gateMetricsRegistry(report) {
  const { Gauge, Registry } = await promClient();
  const registry = new Registry();
  const registers = [registry];
  new Gauge({
    name: "slo_gate_decision",
    help: "Verdict of the last slo-gate run: 0 pass, 1 warn, 2 block.",
    registers
  }).set(DECISION_VALUES[report.verdict]);
  const budget = new Gauge({
    name: "slo_gate_error_budget_remaining_ratio",
    help: "Fraction of the SLO period's error budget left at the last run; negative when overspent.",
    labelNames: ["slo"],
    registers
  });
  const burn = new Gauge({
    name: "slo_gate_burn_rate",
    help: "Error budget burn rate per window at the last run (1 spends exactly the budget over the period).",
    labelNames: ["slo", "window"],
    registers
  });
  for (const slo of report.slos) {
    if (isNumber(slo.errorBudgetRemaining)) budget.set({ slo: slo.name }, slo.errorBudgetRemaining);
    for (const [window, rate] of Object.entries(slo.burnRates)) {
      if (isNumber(rate)) burn.set({ slo: slo.name, window }, rate);
    }
  }
  new Gauge({
    name: "slo_gate_last_run_timestamp_seconds",
    help: "Evaluation time of the last slo-gate run, in unix seconds.",
    registers
  }).set(Date.parse(report.evaluatedAt) / 1e3);
  return registry;
}
async function promClient() {
  const module = await import("./prom-client-66BGRP2S.js");
  return module.default ?? module;
}
function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
async function pushGateMetrics(report, target, warn) {
  const shown = redactUrl(target.url);
  try {
    const registry = await gateMetricsRegistry(report);
    const { Pushgateway } = await promClient();
    const gateway = new Pushgateway(
      target.url,
      { timeout: PUSH_TIMEOUT_MS, headers: { "Content-Type": registry.contentType } },
      registry
    );
    await gateway.push({ jobName: PUSHGATEWAY_JOB, groupings: groupingKey(target.grouping) });
    return true;
  } catch (error) {
    warn(
      `could not push the gate metrics to the Pushgateway at ${shown} (${describe(error)}); the verdict stands`
    );
    return false;
  }
}
function describe(error) {
  const code = error.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND") return "host not found";
  const message = error instanceof Error ? error.message : String(error);
  const flat = message.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}\u2026` : flat;
}
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString().replace(/\/$/, "");
  } catch {
    return "(invalid URL)";
  }
}
export {
  DECISION_VALUES,
  PUSHGATEWAY_JOB,
  gateMetricsRegistry,
  groupingKey,
  pushGateMetrics,
  redactUrl
};
