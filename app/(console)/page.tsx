import { redirect } from "next/navigation";

// Everyone lands on the overview, which shows what their roles may read.
export default function HomePage() {
  redirect("/overview");
}
