"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/client/cn";

export const DropdownMenu = Menu.Root;
export const DropdownMenuTrigger = Menu.Trigger;

export function DropdownMenuContent({ children, className, ...props }: ComponentProps<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content
        align="end"
        sideOffset={4}
        className={cn(
          "z-50 min-w-44 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900",
          className,
        )}
        {...props}
      >
        {children}
      </Menu.Content>
    </Menu.Portal>
  );
}

export type DropdownMenuItemProps = {
  onSelect: () => void;
  children: ReactNode;
  tone?: "default" | "danger";
};

export function DropdownMenuItem({ onSelect, children, tone = "default" }: DropdownMenuItemProps) {
  return (
    <Menu.Item
      onSelect={onSelect}
      className={cn(
        "flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-sm outline-none select-none [&_svg]:size-4",
        "data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800",
        tone === "danger" ? "text-red-700 dark:text-red-400" : "text-zinc-800 dark:text-zinc-200",
      )}
    >
      {children}
    </Menu.Item>
  );
}
