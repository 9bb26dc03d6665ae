"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong print:hidden">
      {label}
    </button>
  );
}
