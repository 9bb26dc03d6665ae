/** Reading width for pages people read rather than manage. */
export default function ReadingLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-5xl">{children}</div>;
}
