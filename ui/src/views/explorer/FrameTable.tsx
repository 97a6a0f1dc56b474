import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { joinColumns, type CsvColumn } from "@/lib/csv";
import { formatValue } from "@/lib/format";

const PAGE = 50;

/** Columns joined on their dates, newest first, a page at a time. */
export function FrameTable({ columns }: { columns: CsvColumn[] }) {
  const { dates, rows } = useMemo(() => joinColumns(columns), [columns]);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(dates.length / PAGE));
  const current = Math.min(page, pages - 1);
  const order = dates.map((_, i) => dates.length - 1 - i).slice(current * PAGE, current * PAGE + PAGE);
  return (
    <div className="flex flex-col gap-2">
      <Table aria-label="Query results" data-testid="frame-table">
        <TableHeader>
          <TableRow>
            <TableHead scope="col">date</TableHead>
            {columns.map((c) => (
              <TableHead key={c.header} scope="col" className="text-right font-mono">
                {c.header}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {order.map((i) => (
            <TableRow key={dates[i]}>
              <TableCell className="font-mono">{dates[i]}</TableCell>
              {(rows[i] ?? []).map((v, k) => (
                <TableCell key={columns[k]?.header ?? k} className="text-right font-mono tabular-nums">
                  {formatValue(v)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <nav aria-label="Pages of results" className="flex items-center gap-2 text-sm">
        <Button variant="outline" size="sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
          Newer
        </Button>
        <span aria-live="polite">
          Page {current + 1} of {pages} · {dates.length} rows
        </span>
        <Button variant="outline" size="sm" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          Older
        </Button>
      </nav>
    </div>
  );
}
