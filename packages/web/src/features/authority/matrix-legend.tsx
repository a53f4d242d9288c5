/** What the cells of the matrix mean, in words. */
export const MatrixLegend = () => (
  <dl className="legend" aria-label="Legend">
    <div>
      <dt>
        <span className="chip chip--do">Do</span>
      </dt>
      <dd>May do it outright, within their signing limit</dd>
    </div>
    <div>
      <dt>
        <span className="chip chip--ask">Ask</span>
      </dt>
      <dd>May ask; the request is routed for approval</dd>
    </div>
    <div>
      <dt>
        <span className="chip chip--approve">Approve</span>
      </dt>
      <dd>Decides requests. Where no role approves, those who Do decide</dd>
    </div>
  </dl>
);
