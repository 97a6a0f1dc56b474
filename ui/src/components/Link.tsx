import type { ComponentProps, MouseEvent } from "react";
import { navigate } from "@/lib/router";

export type LinkProps = Omit<ComponentProps<"a">, "href"> & { href: string; replace?: boolean };

/** An anchor that navigates inside the app; modified clicks (new tab, new window) behave as usual. */
export function Link({ href, replace, onClick, ...props }: LinkProps) {
  function handle(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(href, { replace: replace ?? false });
  }
  return <a href={href} onClick={handle} {...props} />;
}
