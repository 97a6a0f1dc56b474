import { CandlestickChartIcon, NetworkIcon, XIcon } from "lucide-react";
import type { Asset } from "@/api";
import { ErrorState } from "@/components/states/ErrorState";
import { FlashValue } from "@/components/FlashValue";
import { Link } from "@/components/Link";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatChange, formatPercent, formatPrice, formatValue } from "@/lib/format";
import { assetHref, graphHref } from "@/routes";
import type { RowValues } from "@/views/watchlist/use-watchlist-values";

export interface WatchlistTableProps {
  symbols: string[];
  exprs: string[];
  assets: Asset[];
  rows: Record<string, RowValues>;
  onRemoveSymbol: (symbol: string) => void;
  onRemoveExpr: (expr: string) => void;
}

/** The column labels of an expression: itself, or one per output of a multi-output analytic. */
function labelsOf(expr: string, rows: Record<string, RowValues>): string[] {
  for (const row of Object.values(rows)) {
    const labels = row.labels.filter((l) => l === expr || l.startsWith(`${expr}.`));
    if (labels.length > 0) return labels;
  }
  return [expr];
}

/** One row per asset: last price, change and the latest value of each chosen analytic. */
export function WatchlistTable({ symbols, exprs, assets, rows, onRemoveSymbol, onRemoveExpr }: WatchlistTableProps) {
  const columns = exprs.map((expr) => ({ expr, labels: labelsOf(expr, rows) }));
  const width = 5 + columns.reduce((n, c) => n + c.labels.length, 0);
  return (
    <Table aria-label="Watchlist" data-testid="watchlist-table">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Symbol</TableHead>
          <TableHead scope="col">Name</TableHead>
          <TableHead scope="col" className="text-right">Last</TableHead>
          <TableHead scope="col" className="text-right">Change</TableHead>
          {columns.flatMap(({ expr, labels }) =>
            labels.map((label, k) => (
              <TableHead key={label} scope="col" className="text-right font-mono">
                <span className="inline-flex items-center gap-1">
                  {label}
                  {k === labels.length - 1 ? (
                    <Button variant="ghost" size="icon-sm" aria-label={`Remove ${expr}`} title={`Remove ${expr}`} onClick={() => onRemoveExpr(expr)}>
                      <XIcon aria-hidden="true" />
                    </Button>
                  ) : null}
                </span>
              </TableHead>
            )),
          )}
          <TableHead scope="col">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {symbols.map((symbol) => {
          const row = rows[symbol];
          const asset = assets.find((a) => a.symbol === symbol);
          const change = row && row.last !== null && row.previous !== null ? row.last - row.previous : null;
          const fraction = change !== null && row?.previous ? change / row.previous : null;
          return (
            <TableRow key={symbol} data-testid={`watchlist-row-${symbol}`}>
              <TableCell className="font-semibold">
                <Link href={assetHref(symbol)} className="underline-offset-2 hover:underline">
                  {symbol}
                </Link>
              </TableCell>
              <TableCell className="max-w-48 truncate text-muted-foreground" title={asset?.name}>
                {asset && asset.name !== symbol ? asset.name : ""}
              </TableCell>
              {row?.status === "error" ? (
                <TableCell colSpan={width - 3} className="whitespace-normal">
                  <ErrorState error={row.error} action={`Loading ${symbol}`} />
                </TableCell>
              ) : row === undefined || (row.status === "loading" && row.date === null) ? (
                <TableCell colSpan={width - 3}>
                  <Skeleton className="h-5 w-full" aria-label={`Loading ${symbol}`} />
                </TableCell>
              ) : (
                <>
                  <TableCell className="text-right" data-testid="last-price" title={row.date ? `close of ${row.date}` : undefined}>
                    <FlashValue value={row.last} format={formatPrice} />
                  </TableCell>
                  <TableCell className="text-right">
                    <FlashValue value={change} format={formatChange} signed />{" "}
                    <FlashValue value={fraction} format={formatPercent} signed className="text-xs" />
                  </TableCell>
                  {columns.flatMap(({ labels }) =>
                    labels.map((label) => (
                      <TableCell key={label} className="text-right" data-column={label}>
                        <FlashValue value={row.values[label]} format={formatValue} />
                      </TableCell>
                    )),
                  )}
                </>
              )}
              <TableCell className="text-right">
                <span className="inline-flex gap-1">
                  <Button asChild variant="ghost" size="icon-sm" title={`Chart of ${symbol}`}>
                    <Link href={assetHref(symbol)} aria-label={`Chart of ${symbol}`}>
                      <CandlestickChartIcon aria-hidden="true" />
                    </Link>
                  </Button>
                  <Button asChild variant="ghost" size="icon-sm" title={`Graph of ${symbol}'s analytics`}>
                    <Link href={graphHref({ symbol, exprs })} aria-label={`Graph of ${symbol}'s analytics`}>
                      <NetworkIcon aria-hidden="true" />
                    </Link>
                  </Button>
                  <Button variant="ghost" size="icon-sm" aria-label={`Remove ${symbol}`} title={`Remove ${symbol}`} onClick={() => onRemoveSymbol(symbol)}>
                    <XIcon aria-hidden="true" />
                  </Button>
                </span>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
