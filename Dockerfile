# The site in the official nginx image, with the server configuration the build writes
# (dist-server/nginx.conf: CSP and security headers, caching, media types, compression, the 404
# page, moved pages as 301s). Build first, then the image:
#   npm ci && npm run build
#   docker build -t vienna-declaration . && docker run --rm -p 8080:80 vienna-declaration
FROM nginx:1.27-alpine
COPY dist-server/nginx.conf /etc/nginx/conf.d/default.conf
COPY dist/ /usr/share/nginx/html/
