/**
 * Cluster DNS that is not fully ready: CoreDNS (or kube-dns) pods in kube-system (k8s-app=kube-dns)
 * that are not Ready. With none ready every name lookup in the cluster fails; with some, lookups
 * that land on a broken replica time out. No pods found is not judged (a managed or differently
 * labelled DNS is common); an unreadable kube-system is a note of the reader, not a hint.
 */
import type { Hint } from '../../model/index.js';
import { type LiveContext, MAX_LISTED, eventSeen, plural, quote } from './context.js';
import { podReady, podStateSummary } from './pods.js';

export function dnsHints(context: LiveContext): Hint[] {
  const pods = context.state.dnsPods.filter((p) => !p.metadata?.deletionTimestamp);
  const notReady = pods.filter((p) => !podReady(p));
  if (pods.length === 0 || notReady.length === 0) return [];
  const ready = pods.length - notReady.length;
  const evidence = notReady
    .slice(0, MAX_LISTED)
    .map(
      (p) =>
        `${p.metadata?.namespace}/${p.metadata?.name}${p.spec?.nodeName ? ` on ${p.spec.nodeName}` : ''}: ${podStateSummary(p)}`,
    );
  if (notReady.length > MAX_LISTED)
    evidence.push(`and ${plural(notReady.length - MAX_LISTED, 'more pod')} not ready`);
  for (const pod of notReady.slice(0, MAX_LISTED)) {
    const meta = pod.metadata;
    const event = context.state.events.find(
      (e) =>
        e.involvedObject.kind === 'Pod' &&
        e.involvedObject.name === meta?.name &&
        e.involvedObject.namespace === meta?.namespace &&
        e.reason === 'Unhealthy',
    );
    if (event) {
      evidence.push(`${meta?.name}: kubelet: ${quote(event.message ?? '')}${eventSeen(event, context.now)}`);
      break;
    }
  }
  const first = notReady[0]!;
  evidence.push(
    `fix: cluster DNS is ${ready === 0 ? 'down: every name lookup from every pod fails' : 'degraded: lookups that reach a broken replica time out'}; ` +
      `read kubectl logs -n ${first.metadata?.namespace} ${first.metadata?.name} (a forward loop, an unreachable upstream resolver ` +
      'or a Corefile error are the usual causes) — this is a cluster problem, not one of the release',
  );
  return [
    {
      id: 'dns-not-ready',
      title: `cluster DNS: ${notReady.length} of ${plural(pods.length, 'CoreDNS pod')} in ${first.metadata?.namespace} not ready (${first.metadata?.name}: ${podStateSummary(first)})`,
      evidence,
    },
  ];
}
