import { HomeRedirect } from "@/components/console/home-redirect";

export default function HomePage() {
  return <HomeRedirect />;
}
