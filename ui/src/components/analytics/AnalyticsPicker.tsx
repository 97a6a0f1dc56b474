import { PlusIcon } from "lucide-react";
import { useState } from "react";
import type { Analytic } from "@/api";
import { AnalyticForm } from "@/components/analytics/AnalyticForm";
import { AnalyticList } from "@/components/analytics/AnalyticList";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

export interface AnalyticsPickerProps {
  catalogue: Analytic[];
  /** Adds an expression; a rejection (a bad expression, say) keeps the dialog open with the error. */
  onAdd: (expression: string, analytic: Analytic) => Promise<void> | void;
  label?: string;
  title?: string;
}

/** A dialog to choose an analytic from the catalogue and set its parameters. */
export function AnalyticsPicker({ catalogue, onAdd, label = "Add analytic", title = "Add an analytic" }: AnalyticsPickerProps) {
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<Analytic | null>(null);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <PlusIcon aria-hidden="true" /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-4xl">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>Choose an analytic, then its parameters; empty fields keep their defaults.</DialogDescription>
        </DialogHeader>
        <div className="grid gap-4 md:grid-cols-[14rem_1fr]">
          <AnalyticList catalogue={catalogue} selected={selected?.name ?? null} onSelect={setSelected} />
          <div className="min-w-0">
            {selected ? (
              <AnalyticForm
                key={selected.name}
                analytic={selected}
                onSubmit={async (expression) => {
                  await onAdd(expression, selected);
                  setOpen(false);
                }}
              />
            ) : (
              <p className="p-4 text-sm text-muted-foreground">Choose an analytic on the left.</p>
            )}
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
