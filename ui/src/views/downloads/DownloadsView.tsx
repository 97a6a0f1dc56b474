import { api } from "@/api";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { navigate } from "@/lib/router";
import { downloadsHref, type DownloadsParams } from "@/routes";
import { DownloadForm } from "@/views/downloads/DownloadForm";
import { DownloadJobView } from "@/views/downloads/DownloadJobView";

/** Starts a download of bars into the store and follows its progress; the job is in the URL. */
export function DownloadsView({ params }: { params: DownloadsParams }) {
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <CardHeader>
          <h1 className="text-lg font-semibold">Downloads</h1>
          <p className="text-sm text-muted-foreground">Fetch daily bars and corporate actions into the server's database.</p>
        </CardHeader>
        <CardContent>
          <DownloadForm
            onStart={async (request) => {
              const job = await api.startDownload(request);
              navigate(downloadsHref({ job: job.id }));
            }}
          />
        </CardContent>
      </Card>
      {params.job ? (
        <Card>
          <CardContent>
            <DownloadJobView key={params.job} id={params.job} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
