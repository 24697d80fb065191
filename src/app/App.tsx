// The lab's page shell: a header and the four regions the lab fills (play area with lanes,
// controls, latency-versus-complexity chart, explanation). Landmarks and headings give screen
// readers and keyboard users the same map a sighted teacher sees.
export function App() {
  return (
    <div className="shell">
      <header className="shell-header">
        <h1>Batch vs Stream Lab</h1>
        <p className="tagline">
          One stream of orders, four ways to total the revenue: see who answers first, and who is
          right.
        </p>
      </header>
      <main className="shell-main">
        <section className="region region-play" aria-labelledby="play-title">
          <h2 id="play-title">Play area</h2>
          <ul className="lane-list" aria-label="Pipelines">
            <li className="lane" data-lane="batch">
              Batch — nightly job
            </li>
            <li className="lane" data-lane="microbatch">
              Micro-batch — Spark Structured Streaming
            </li>
            <li className="lane" data-lane="stream">
              Stream — Flink / Beam
            </li>
            <li className="lane" data-lane="request">
              Per-request — query on the order table
            </li>
          </ul>
        </section>
        <section className="region region-controls" aria-labelledby="controls-title">
          <h2 id="controls-title">Controls</h2>
          <p>Order rate, lateness, windows and watermarks are set here.</p>
        </section>
        <section className="region region-chart" aria-labelledby="chart-title">
          <h2 id="chart-title">Latency versus complexity</h2>
          <p>Each approach placed by how fast it answers and how much machinery it needs.</p>
        </section>
        <section className="region region-explain" aria-labelledby="explain-title">
          <h2 id="explain-title">What is going on</h2>
          <p>
            Batch waits for the day to end and reads everything at once. Micro-batch wakes up every
            few minutes. A stream processor updates as each order arrives and uses watermarks to
            decide when a window is complete.
          </p>
        </section>
      </main>
    </div>
  );
}
