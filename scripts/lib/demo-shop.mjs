// The demo shop's history (npm run demo, and the README's demo output that check-docs compares):
// checkout was healthy all month (0.02 % errors); 45 minutes before `end` a release broke /refund,
// which then answers 503 to 40 % of its calls. The catalog service is healthy.

const MINUTE = 60;
const DAY = 86400;

/**
 * 31 days of one-minute samples ending at `end` (unix seconds on the minute grid), as
 * startPrometheus takes them.
 * @param {number} end
 */
export function demoShop(end) {
  const releasedAt = end - 45 * MINUTE;
  const afterRelease = (before, after) => (t) => (t < releasedAt ? before : after);
  const checkout = (route, code, rate) => ({
    name: 'http_requests',
    labels: { service: 'checkout', route, code },
    ratePerSecond: typeof rate === 'function' ? rate : () => rate,
  });
  const series = [
    checkout('/cart', '200', 20),
    checkout('/cart', '500', 0.004), // background noise: 0.0125 % of checkout traffic
    checkout('/checkout', '200', 10),
    checkout('/refund', '200', afterRelease(2, 1.2)),
    checkout('/refund', '503', afterRelease(0, 0.8)), // the bad release
    {
      name: 'http_requests',
      labels: { service: 'catalog', route: '/products', code: '200' },
      ratePerSecond: () => 50,
    },
    {
      name: 'http_requests',
      labels: { service: 'catalog', route: '/products', code: '500' },
      ratePerSecond: () => 0.01,
    },
  ];
  return { series, start: end - 31 * DAY, end, step: MINUTE };
}
