import { SkeletonPage } from "@/components/Skeleton";

export default function Loading() {
  return <SkeletonPage label="Loading the source" rows={3} />;
}
