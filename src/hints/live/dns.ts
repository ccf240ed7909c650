/**
 * Cluster DNS, from two sources combined into one hint:
 * - CoreDNS (or kube-dns) pods in kube-system (k8s-app=kube-dns) that are not Ready. With none ready
 *   every name lookup in the cluster fails; with some, lookups that land on a broken replica time
 *   out. No pods found is not judged (a managed or differently labelled DNS is common); an
 *   unreadable kube-system is a note of the reader, not a hint.
 * - The hook's own lookups of kubernetes.default and the bundle's Services, over UDP and TCP: which
 *   fail, and how (timeout, NXDOMAIN, SERVFAIL), tells a blocked port from a broken CoreDNS.
 * Pods not ready give `dns-not-ready` (with the failed lookups as evidence); failed lookups with
 * healthy pods give `dns-lookup-failed`.
 */
import type { DnsAnswer, DnsLookup } from '../../cluster/types.js';
import type { Hint } from '../../model/index.js';
import { type LiveContext, MAX_LISTED, eventSeen, plural, quote } from './context.js';
import { podReady, podStateSummary } from './pods.js';

export function dnsHints(context: LiveContext): Hint[] {
  const pods = context.state.dnsPods.filter((p) => !p.metadata?.deletionTimestamp);
  const notReady = pods.filter((p) => !podReady(p));
  const lookups = context.state.dnsLookups;
  const failed = lookups.filter((l) => !l.udp.ok || !l.tcp.ok);
  if (pods.length === 0 || notReady.length === 0) {
    return failed.length > 0 ? [lookupHint(lookups, failed, context.state.dnsServer, pods.length)] : [];
  }
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
  if (failed.length > 0) evidence.push(...lookupEvidence(lookups, failed));
  else if (lookups.length > 0)
    evidence.push(`lookups from the hook: ${plural(lookups.length, 'name')} resolved over UDP and TCP`);
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

/** "timeout (ETIMEOUT)", "NXDOMAIN (no such name)", "ok (A: 10.96.0.1)", "ok (AAAA: fd00:10:96::1)" */
function describeAnswer(answer: DnsAnswer): string {
  if (answer.ok) return `ok (${answer.families.join(' and ')}: ${answer.addresses.slice(0, 2).join(', ')})`;
  const words: Record<typeof answer.error, string> = {
    nxdomain: 'NXDOMAIN (no such name)',
    nodata: 'no A or AAAA record',
    timeout: 'timeout',
    servfail: 'SERVFAIL',
    refused: 'refused',
    other: answer.detail,
  };
  return answer.error === 'timeout' ? `timeout (${answer.detail})` : words[answer.error];
}

function lookupEvidence(lookups: DnsLookup[], failed: DnsLookup[]): string[] {
  const lines = failed
    .slice(0, MAX_LISTED)
    .map((l) => `${l.name}: UDP ${describeAnswer(l.udp)}, TCP ${describeAnswer(l.tcp)}`);
  if (failed.length > MAX_LISTED)
    lines.push(`and ${plural(failed.length - MAX_LISTED, 'more failed lookup')}`);
  const resolved = lookups.length - failed.length;
  if (resolved > 0) lines.push(`${plural(resolved, 'other name')} resolved over UDP and TCP`);
  return lines;
}

const failedWith = (answer: DnsAnswer, errors: string[]) => !answer.ok && errors.includes(answer.error);
const unreachable = (answer: DnsAnswer) => failedWith(answer, ['timeout', 'refused', 'other']);

/** What the pattern of failures points to. */
function lookupFix(lookups: DnsLookup[], failed: DnsLookup[], server: string): string {
  const apiServer = lookups.find((l) => l.name.startsWith('kubernetes.default.svc.'));
  if (failed.every((l) => unreachable(l.udp) && unreachable(l.tcp)))
    return (
      `fix: the hook's pod gets no answer from the DNS server ${server} at all: a NetworkPolicy without egress to ` +
      "kube-dns on port 53 (UDP and TCP), or the kube-dns Service has no ready endpoint; the release's pods will fail the same way"
    );
  if (failed.every((l) => unreachable(l.udp) && l.tcp.ok))
    return (
      `fix: DNS over UDP to ${server} is lost while TCP answers: an egress rule that allows only TCP 53 (allow UDP 53 too), ` +
      'or conntrack/MTU trouble on the nodes; most resolvers use UDP only, so lookups of the release fail'
    );
  if (failed.every((l) => l.udp.ok && unreachable(l.tcp)))
    return (
      `fix: DNS over TCP to ${server} is blocked while UDP answers: allow TCP 53 egress to kube-dns, or answers ` +
      'too large for UDP (many records) fail'
    );
  if (failed.some((l) => failedWith(l.udp, ['servfail']) || failedWith(l.tcp, ['servfail'])))
    return 'fix: CoreDNS answers SERVFAIL: a plugin or upstream error; read its logs (kubectl logs -n kube-system -l k8s-app=kube-dns)';
  if (
    apiServer?.udp.ok &&
    failed.some((l) => failedWith(l.udp, ['nxdomain']) || failedWith(l.tcp, ['nxdomain']))
  )
    return (
      'fix: CoreDNS does not know Services that exist: its kubernetes plugin is behind the API server (look for ' +
      '"Failed to watch" in its logs) or the cluster domain is not the one in the pods\' search list'
    );
  return `fix: lookups through ${server} fail as listed; read the CoreDNS logs (kubectl logs -n kube-system -l k8s-app=kube-dns)`;
}

function lookupHint(
  lookups: DnsLookup[],
  failed: DnsLookup[],
  server: string | undefined,
  podCount: number,
): Hint {
  const where = server ?? "the pod's nameserver";
  const first = failed[0]!;
  const evidence = [
    ...lookupEvidence(lookups, failed),
    podCount === 0
      ? 'CoreDNS pods: not found or not readable'
      : podCount === 1
        ? 'the CoreDNS pod in kube-system is Ready'
        : `all ${podCount} CoreDNS pods in kube-system are Ready`,
    lookupFix(lookups, failed, where),
  ];
  return {
    id: 'dns-lookup-failed',
    title: `cluster DNS: ${failed.length} of ${plural(lookups.length, 'lookup')} from the hook failed (${first.name}: UDP ${describeAnswer(first.udp)}, TCP ${describeAnswer(first.tcp)})`,
    evidence,
  };
}
